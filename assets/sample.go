package assets

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io/fs"

	"newsdesk/model"
)

// sampleFilenames gives each sample photo the file name a reporter would have used,
// so the library shows readable names; photos are stored by UUID.
var sampleFilenames = map[string]string{
	"4886cbba-1f86-4b3e-acf8-7bc0e40315cb": "quang-canh-hoi-nghi.jpg",
	"da350ddf-69b6-484a-8933-543d55f0fc2a": "phat-bieu-chi-dao-hoi-nghi.jpg",
	"e0ecec00-7c8b-4948-afdc-a902dd076e0e": "trao-giay-khen-tap-the.jpg",
	"fbf872cc-6a55-4761-9239-93c82d541c2e": "trao-giay-khen-ca-nhan.jpg",
}

// SampleReport returns the team's sample conference report and its photo files,
// ready for the library's ImportReport (as a copy, so each call adds a new report).
// The report is normalised and carries a new UUID on every call; the photos come
// in body order, one per photo block.
func SampleReport() (*model.Report, []model.ImportPhoto, error) {
	data, err := sample.ReadFile("sample/report.json")
	if err != nil {
		return nil, nil, fmt.Errorf("read sample report: %w", err)
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var r model.Report
	if err := dec.Decode(&r); err != nil {
		return nil, nil, fmt.Errorf("parse sample report: %w", err)
	}
	r.Normalize()
	r.UUID = model.NewUUID()

	var photos []model.ImportPhoto
	seen := make(map[string]bool)
	for _, p := range r.Photos() {
		if seen[p.UUID] {
			continue
		}
		seen[p.UUID] = true
		b, err := fs.ReadFile(sample, "sample/photos/"+p.UUID+".jpg")
		if err != nil {
			return nil, nil, fmt.Errorf("read sample photo %s: %w", p.UUID, err)
		}
		name := sampleFilenames[p.UUID]
		if name == "" {
			name = p.UUID + ".jpg"
		}
		photos = append(photos, model.ImportPhoto{UUID: p.UUID, Filename: name, Data: b})
	}
	return &r, photos, nil
}
