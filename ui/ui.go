// Package ui is Newsdesk's window, built on Fyne. It imports fyne and model (and
// Newsdesk's small pure helpers), never fyne/app, sqlite or the other adapters: the
// command wires the real services in, and tests run it headless with fakes.
package ui
