package photo_test

import (
	"sync"
	"testing"

	"newsdesk/photo"
	"newsdesk/photo/phototest"
)

var (
	cameraOnce sync.Once
	camera     map[int][]byte // by orientation
)

// cameraJPEGs makes the 24-megapixel benchmark photos once per test binary.
func cameraJPEGs(tb testing.TB) map[int][]byte {
	tb.Helper()
	cameraOnce.Do(func() {
		camera = map[int][]byte{1: phototest.CameraJPEG(6000, 4000, 1)}
		camera[6] = phototest.WithOrientation(camera[1][:len(camera[1]):len(camera[1])], 6)
	})
	return camera
}

// BenchmarkPrepare24MP imports a 24-megapixel camera JPEG (about 11 MB): the bar is
// under 1.5 s per photo on a 2-core laptop.
func BenchmarkPrepare24MP(b *testing.B) {
	for _, o := range []int{1, 6} {
		b.Run(map[int]string{1: "Upright", 6: "Orientation6"}[o], func(b *testing.B) {
			data := cameraJPEGs(b)[o]
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			b.ResetTimer()
			for b.Loop() {
				if _, err := photo.Prepare("DSC_0001.JPG", data); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
