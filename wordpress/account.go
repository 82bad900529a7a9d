package wordpress

import (
	"context"
	"net/url"
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
