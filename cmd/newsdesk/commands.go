package main

// The commands and the flags each takes, in the order the overview lists them
// (helpOrder); every command also takes --help. pdf and bulletin register in
// pdf.go.
func init() {
	output := map[string]string{"o": "output"}
	commands = append(commands,
		&command{name: "sample", needs: true, run: runSample},
		&command{name: "new", needs: true, run: runNew, spec: flagSpec{values: []string{"headline"}}},
		&command{name: "list", needs: true, run: runList, spec: flagSpec{values: []string{"status"}}},
		&command{name: "show", needs: true, run: runShow, spec: flagSpec{switches: []string{"checks"}}},
		&command{name: "search", needs: true, run: runSearch, spec: flagSpec{values: []string{"limit"}}},
		&command{name: "photo add", needs: true, run: runPhotoAdd, spec: flagSpec{values: []string{"caption", "credit", "alt"}}},
		&command{name: "photo prune", needs: true, run: runPhotoPrune},
		&command{name: "awards import", needs: true, run: runAwardsImport, spec: flagSpec{values: []string{"form", "by", "decision", "date"}}},
		&command{name: "delete", needs: true, run: runDelete, spec: flagSpec{switches: []string{"yes"}}},
		&command{name: "status", needs: true, run: runStatus, spec: flagSpec{values: []string{"note"}}},
		&command{name: "comments", needs: true, run: runComments, spec: flagSpec{switches: []string{"all"}}},
		&command{name: "comment", needs: true, run: runComment, spec: flagSpec{values: []string{"block", "row", "reply"}}},
		&command{name: "resolve", needs: true, run: runResolve, spec: flagSpec{switches: []string{"reopen"}}},
		&command{name: "settings", needs: true, run: runSettings},
		&command{name: "export", needs: true, run: runExport,
			spec: flagSpec{values: []string{"output", "photos"}, switches: []string{"review", "force"}, short: output}},
		&command{name: "import", needs: true, run: runImport, spec: flagSpec{switches: []string{"as-copy"}}},
		&command{name: "check", needs: true, run: runCheck},
		&command{name: "portal", needs: true, run: runPortal,
			spec: flagSpec{values: []string{"url", "user", "portal", "output"}, switches: []string{"force"}, short: output}},
		&command{name: "push", needs: true, run: runPush,
			spec: flagSpec{values: []string{"portal", "status"}, switches: []string{"text-only", "overwrite", "queue", "queued", "unapproved"}}},
		&command{name: "help", run: runHelp},
	)
}
