package main

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"newsdesk/model"
	"newsdesk/msg"
)

// helpOrder is the order of the overview, as people reach for the commands.
var helpOrder = []string{"sample", "new", "list", "show", "search", "photo add", "photo prune", "awards import",
	"delete", "status", "comments", "comment", "resolve", "settings", "export", "import", "check", "pdf", "bulletin",
	"portal", "push", "help"}

// helpBefore lists commands in the overview just before the command named anchor
// (at the end when there is none), unless it lists them already.
func helpBefore(anchor string, names ...string) {
	names = slices.DeleteFunc(slices.Clone(names), func(n string) bool { return slices.Contains(helpOrder, n) })
	i := slices.Index(helpOrder, anchor)
	if i < 0 {
		i = len(helpOrder)
	}
	helpOrder = slices.Insert(helpOrder, i, names...)
}

func runHelp(ctx context.Context, m *Main, a *args) error {
	name := strings.Join(a.pos, " ")
	if name == "" {
		fmt.Fprint(m.Stdout, overview())
		return nil
	}
	if name == "photo" || name == "awards" {
		for _, n := range helpOrder {
			if strings.HasPrefix(n, name+" ") {
				name = n
			}
		}
	}
	if findCommand(name) == nil {
		return usageErr("cli.command.unknown", name)
	}
	fmt.Fprint(m.Stdout, helpText(name))
	return nil
}

func overview() string {
	var b strings.Builder
	b.WriteString(msg.T("cli.help.intro"))
	for _, n := range helpOrder {
		usage, _, _ := strings.Cut(msg.T(helpKey(n)), "\n")
		fmt.Fprintf(&b, "  %s\n", usage)
	}
	b.WriteString(msg.T("cli.help.outro"))
	return b.String()
}

func helpKey(name string) string { return "cli.help." + strings.ReplaceAll(name, " ", "_") }

// helpText is one command's help: its usage line, what it does, and for settings
// the keys it knows.
func helpText(name string) string {
	text := msg.T(helpKey(name)) + "\n"
	if name == "settings" {
		for _, s := range model.Settings {
			text += fmt.Sprintf("  %-24s %s\n", s.Key, msg.T(s.Help))
		}
	}
	return text + msg.T("cli.help.common")
}
