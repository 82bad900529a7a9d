package main

import (
	"context"
	_ "embed"
	"fmt"
	"regexp"
	"strings"

	"newsdesk/model"
	"newsdesk/msg"
)

// The commands' help is prose, kept in a text file per language (help/vi.txt,
// help/en.txt) where it reads as it prints; each part is registered as a message,
// "cli.help.NAME", so that the catalogue's checks cover it.
var (
	//go:embed help/vi.txt
	helpVI string
	//go:embed help/en.txt
	helpEN string
)

// helpPart is the line that opens a part of a help file: "== NAME ==".
var helpPart = regexp.MustCompile(`(?m)^== (.+) ==\n`)

// helpParts takes a help file apart: its parts by name, each without the blank
// lines around it; what comes before the first part describes the file.
func helpParts(file string) map[string]string {
	parts := map[string]string{}
	heads := helpPart.FindAllStringSubmatchIndex(file, -1)
	for i, h := range heads {
		end := len(file)
		if i+1 < len(heads) {
			end = heads[i+1][0]
		}
		parts[file[h[2]:h[3]]] = strings.Trim(file[h[1]:end], "\n")
	}
	return parts
}

func init() {
	vi, en := helpParts(helpVI), helpParts(helpEN)
	texts := map[string]msg.Text{}
	for name, text := range vi {
		texts[helpKey(name)] = msg.Text{VI: text, EN: en[name]}
	}
	for name, text := range en {
		if _, ok := vi[name]; !ok {
			texts[helpKey(name)] = msg.Text{EN: text}
		}
	}
	msg.Register(texts)
}

func helpKey(name string) string { return "cli.help." + strings.ReplaceAll(name, " ", "_") }

func runHelp(ctx context.Context, m *Main, a *args) error {
	name := strings.Join(a.pos, " ")
	if name == "" {
		fmt.Fprint(m.Stdout, overview())
		return nil
	}
	if name == "photo" || name == "awards" {
		for _, c := range commands {
			if strings.HasPrefix(c.name, name+" ") {
				name = c.name
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
	b.WriteString(msg.T("cli.help.intro") + "\n")
	for _, c := range commands {
		usage, _, _ := strings.Cut(msg.T(helpKey(c.name)), "\n")
		fmt.Fprintf(&b, "  %s\n", usage)
	}
	b.WriteString(msg.T("cli.help.outro") + "\n")
	return b.String()
}

// helpText is one command's help: its usage line, what it does, and for settings
// the keys it knows.
func helpText(name string) string {
	text := msg.T(helpKey(name)) + "\n"
	if name == "settings" {
		for _, s := range model.Settings {
			text += fmt.Sprintf("  %-24s %s\n", s.Key, msg.T(s.Help))
		}
	}
	return text + "\n" + msg.T("cli.help.common") + "\n"
}
