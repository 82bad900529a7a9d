package photo

import (
	"strings"

	"newsdesk/model"
)

// Refusal is Prepare's answer to a file it cannot use: the sentence for the person
// (an EINVALID *model.Error naming the file and what to do with it) and the kind
// of refusal ("notimage", "damaged", "truncated"…), for a caller that words it for
// its own context — a photo inside a bundle is not a file the reporter can choose
// again.
type Refusal struct {
	Err  *model.Error
	Kind string
}

func (r *Refusal) Error() string { return r.Err.Message }

func (r *Refusal) Unwrap() error { return r.Err }

// refuse returns the Refusal of catalog sentence key ("photo.damaged").
func refuse(key string, args ...any) error {
	return &Refusal{Err: model.Errorf(model.EINVALID, key, args...), Kind: strings.TrimPrefix(key, "photo.")}
}
