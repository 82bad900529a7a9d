package main

import (
	"strconv"
	"strings"

	"newsdesk/model"
)

// args is a command line taken apart: flags may stand before or after the
// positional arguments, as "--name value", "--name=value" or, for the few short
// ones, "-o value"; "--" ends the flags.
type args struct {
	pos   []string
	flags map[string][]string

	id     int64         // the report's ID the first argument gives (command.id)
	report *model.Report // that report (command.report)
}

// flagSpec says which flags a command takes and which of them are switches;
// --help, a switch, every command takes.
type flagSpec struct {
	values   []string // take a value
	switches []string // take none
	short    map[string]string
}

func (s flagSpec) has(list []string, name string) bool {
	for _, n := range list {
		if n == name {
			return true
		}
	}
	return false
}

// parseArgs takes apart argv for a command whose flags spec describes. Unknown
// flags and flags missing their value are usage errors (exit 2).
func parseArgs(argv []string, spec flagSpec) (*args, error) {
	a := &args{flags: map[string][]string{}}
	for i := 0; i < len(argv); i++ {
		arg := argv[i]
		if arg == "--" {
			a.pos = append(a.pos, argv[i+1:]...)
			break
		}
		if len(arg) < 2 || arg[0] != '-' || isNumber(arg) {
			a.pos = append(a.pos, arg)
			continue
		}
		name, value, hasValue := strings.Cut(strings.TrimLeft(arg, "-"), "=")
		if !strings.HasPrefix(arg, "--") {
			if long, ok := spec.short[name]; ok {
				name = long
			} else {
				return nil, usageErr("cli.flag.unknown", arg)
			}
		}
		switch {
		case name == "help" || spec.has(spec.switches, name):
			if hasValue {
				return nil, usageErr("cli.flag.novalue", "--"+name)
			}
			a.flags[name] = append(a.flags[name], "")
		case spec.has(spec.values, name):
			if !hasValue {
				if i+1 >= len(argv) {
					return nil, usageErr("cli.flag.value", "--"+name)
				}
				i++
				value = argv[i]
			}
			a.flags[name] = append(a.flags[name], value)
		default:
			return nil, usageErr("cli.flag.unknown", arg)
		}
	}
	return a, nil
}

func isNumber(s string) bool {
	_, err := strconv.ParseFloat(s, 64)
	return err == nil
}

// value returns the last value given for the flag, and whether it was given.
func (a *args) value(name string) (string, bool) {
	v, ok := a.flags[name]
	if !ok || len(v) == 0 {
		return "", false
	}
	return v[len(v)-1], true
}

func (a *args) isSet(name string) bool {
	_, ok := a.flags[name]
	return ok
}

// parseID reads a report ID: a positive integer.
func parseID(s string) (int64, error) {
	id, err := strconv.ParseInt(s, 10, 64)
	if err != nil || id <= 0 {
		return 0, usageErr("cli.id.invalid", s)
	}
	return id, nil
}

// usageError is wrong usage: exit status 2, with the command's help pointed to.
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

func usageErr(key string, args ...any) error {
	return &usageError{msg: model.Errorf(model.EINVALID, key, args...).Message}
}
