package wordpress

import (
	"context"
	"errors"
	"net/http"
	"net/url"
	"newsdesk/model"
)

// Account is what the portal says of the account the client uses.
type Account struct {
	ID           int64           `json:"id"`
	Name         string          `json:"name"`
	Roles        []string        `json:"roles"`
	Capabilities map[string]bool `json:"capabilities"`
}

// Can reports whether the account has the capability (upload_files,
// publish_posts, manage_categories…).
func (a *Account) Can(capability string) bool { return a.Capabilities[capability] }

// Role returns the account's first role ("author", "contributor"…), "" when none.
func (a *Account) Role() string {
	if len(a.Roles) == 0 {
		return ""
	}
	return a.Roles[0]
}

// Me returns the account the client signs in as: a wrong user name or application
// password fails here with EUNAUTHORIZED, before anything is sent.
func (c *Client) Me(ctx context.Context) (*Account, error) {
	var a Account
	err := c.do(ctx, request{method: "GET", route: "/wp/v2/users/me", query: url.Values{"context": {"edit"}}}, &a)
	if err != nil {
		return nil, err
	}
	return &a, nil
}

// Plugin is what the portal's Newsdesk plugin (wordpress/plugin/newsdesk) says of
// itself; a portal without it answers nil.
type Plugin struct {
	Version string `json:"version"`
}

// Plugin returns the portal's Newsdesk plugin, nil when the portal has none: then
// a push carries only what readers see (see Carried).
func (c *Client) Plugin(ctx context.Context) (*Plugin, error) {
	var p Plugin
	err := c.do(ctx, request{method: "GET", route: "/newsdesk/v1/info"}, &p)
	var a *apiError
	if errors.As(err, &a) && a.Status == http.StatusNotFound {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	return &p, nil
}

// SignIn signs in to the portal as the profile's user with its application
// password (desk.PortalSignIn): what the account may do, and whether the portal
// has the Newsdesk plugin.
func SignIn(ctx context.Context, p *model.Portal, password string) (*model.PortalAccount, error) {
	c, err := NewClient(p.URL, p.User, password)
	if err != nil {
		return nil, err
	}
	me, err := c.Me(ctx)
	if err != nil {
		return nil, err
	}
	acct := &model.PortalAccount{Name: me.Name, Role: me.Role(), MayWrite: me.Can("edit_posts"), MayUpload: me.Can("upload_files"),
		MayPublish: me.Can("publish_posts"), MayCreateCategories: me.Can("manage_categories")}
	if plugin, err := c.Plugin(ctx); err == nil && plugin != nil {
		acct.Plugin = plugin.Version
	} else if err == nil {
		acct.NoPlugin = true
	}
	return acct, nil
}
