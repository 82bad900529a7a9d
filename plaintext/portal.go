package plaintext

import (
	"strings"
	"time"

	"newsdesk/model"
	"newsdesk/msg"
)

// Pushed is the line that says what a push did: where the post stands, the
// photos uploaded and those the portal had already, and how long it took.
func Pushed(res *model.PushResult, textOnly bool, took time.Duration) string {
	where, secs := res.State.Where(), seconds(took)
	if res.Unchanged {
		return msg.T("plaintext.push.done.unchanged", where, secs) + "\n"
	}
	kept := len(res.Sent.Photos()) - res.Uploaded
	if textOnly {
		kept = 0
	}
	return msg.T("plaintext.push.done", where, msg.N(res.Uploaded, "plaintext.push.uploaded", res.Uploaded),
		msg.N(kept, "plaintext.push.unchanged", kept), secs) + "\n"
}

// Opened is the line that says what opening a portal's post did.
func Opened(res *model.OpenResult, took time.Duration) string {
	return msg.T("plaintext.portal.open.done", msg.T("plaintext.portal.outcome."+string(res.Outcome)),
		res.Downloaded, res.Reused, seconds(took)) + "\n"
}

// Account says who a new portal profile signs in as and what the account may do.
func Account(profile string, acct *model.PortalAccount) string {
	yes := func(may bool) string {
		if may {
			return msg.T("plaintext.portal.yes")
		}
		return msg.T("plaintext.portal.no")
	}
	var b strings.Builder
	b.WriteString(msg.T("plaintext.portal.added", profile, acct.Name, acct.Role) + "\n")
	b.WriteString(msg.T("plaintext.portal.may", yes(acct.MayWrite), yes(acct.MayUpload), yes(acct.MayPublish), yes(acct.MayCreateCategories)) + "\n")
	if acct.Plugin != "" {
		b.WriteString(msg.T("plaintext.portal.plugin.yes", acct.Plugin) + "\n")
	} else if acct.NoPlugin {
		b.WriteString(msg.T("plaintext.portal.plugin.no") + "\n")
	}
	return b.String()
}

func seconds(d time.Duration) float64 { return d.Round(10 * time.Millisecond).Seconds() }
