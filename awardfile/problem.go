package awardfile

import (
	"strings"

	"newsdesk/model"
	"newsdesk/msg"
)

// problems collects what is wrong with a file's rows.
type problems struct {
	lines []string
	count int
}

// maxProblemLines is how many problems a message lists before saying how many more.
const maxProblemLines = 20

func (p *problems) add(rowNum int, key string, args ...any) {
	p.count++
	if len(p.lines) < maxProblemLines {
		p.lines = append(p.lines, msg.T("awardfile.row", rowNum, msg.T(key, args...)))
	}
}

// err returns one error listing the problems, nil when there are none.
func (p *problems) err(name, sheet string, table int) error {
	if p.count == 0 {
		return nil
	}
	var head string
	if table > 0 {
		head = msg.T("awardfile.problems.table", table, name, p.count)
	} else if sheet != "" {
		head = msg.T("awardfile.problems.sheet", sheet, name, p.count)
	} else {
		head = msg.T("awardfile.problems", name, p.count)
	}
	lines := append([]string{head}, p.lines...)
	if more := p.count - len(p.lines); more > 0 {
		lines = append(lines, msg.T("awardfile.problems.more", more))
	}
	return &model.Error{Code: model.EINVALID, Message: strings.Join(lines, "\n")}
}
