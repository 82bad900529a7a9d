package mock

import (
	"context"

	"newsdesk/model"
)

var _ model.PhotoService = (*PhotoService)(nil)

// PhotoService is a model.PhotoService whose methods call the function fields of
// the same name; a method without one panics.
type PhotoService struct {
	AddPhotoFn      func(ctx context.Context, filename string, data []byte) (*model.Photo, error)
	FindPhotoByIDFn func(ctx context.Context, id int64, variants ...model.PhotoVariant) (*model.Photo, error)
	FindThumbsFn    func(ctx context.Context, ids []int64) (map[int64]model.PhotoFile, error)
	HavePhotosFn    func(ctx context.Context, uuids []string) (map[string]bool, error)
}

func (m *PhotoService) AddPhoto(ctx context.Context, filename string, data []byte) (*model.Photo, error) {
	return m.AddPhotoFn(ctx, filename, data)
}

func (m *PhotoService) FindPhotoByID(ctx context.Context, id int64, variants ...model.PhotoVariant) (*model.Photo, error) {
	return m.FindPhotoByIDFn(ctx, id, variants...)
}

func (m *PhotoService) FindThumbs(ctx context.Context, ids []int64) (map[int64]model.PhotoFile, error) {
	return m.FindThumbsFn(ctx, ids)
}

func (m *PhotoService) HavePhotos(ctx context.Context, uuids []string) (map[string]bool, error) {
	return m.HavePhotosFn(ctx, uuids)
}
