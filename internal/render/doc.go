// Package render writes a timeline.Timeline in the output formats dateline
// offers: plain text, JSON (the engine's output contract), Markdown, a
// standalone HTML page, TimelineJS3 JSON and CSV.
//
// Renderers only format: they never reorder, filter or re-score. All text
// that reaches HTML goes through html/template's contextual escaping.
package render
