package server

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/dateline-news/dateline/internal/corpus"
	"github.com/dateline-news/dateline/internal/news"
)

// maxArticlesPerRequest caps the articles of one POST /api/articles.
const maxArticlesPerRequest = 10000

// articleRecord is the JSON form of an article sent to POST /api/articles.
// Unknown fields are ignored; annotations sent by the client are ignored
// too (articles are annotated on the way in).
type articleRecord struct {
	ID        json.RawMessage `json:"id"`
	Title     string          `json:"title"`
	Text      string          `json:"text"`
	Source    string          `json:"source"`
	URL       string          `json:"url"`
	Published string          `json:"published"`
	Time      string          `json:"time"`
	Date      string          `json:"date"`
	Updated   string          `json:"updated"`
}

// checkContentType accepts JSON and JSON Lines bodies only. Refusing the
// types a plain HTML form or a "simple" cross-origin request can send
// keeps other web pages from posting articles to a loopback server.
func checkContentType(r *http.Request) error {
	ct := r.Header.Get("Content-Type")
	mt, _, err := mime.ParseMediaType(ct)
	if err != nil {
		return Errorf(KindUnsupportedMedia, "Content-Type %q: want application/json or application/x-ndjson", ct)
	}
	switch mt {
	case "application/json", "application/x-ndjson", "application/ndjson", "application/jsonl", "application/x-jsonlines":
		return nil
	}
	return Errorf(KindUnsupportedMedia, "Content-Type %q: want application/json or application/x-ndjson", mt)
}

// decodeArticles reads a JSON object, a JSON array of objects or JSON
// Lines. A body that is not well-formed JSON is refused as a whole; a
// well-formed record that is not a usable article is reported in the
// returned per-article errors (indexed by position) and left out.
func decodeArticles(r io.Reader) ([]*news.Article, []int, []AddError, error) {
	br := bufio.NewReader(r)
	first, err := firstByte(br)
	if err != nil {
		return nil, nil, nil, err
	}
	dec := json.NewDecoder(br)
	var raws []json.RawMessage
	switch first {
	case '[':
		if _, err := dec.Token(); err != nil {
			return nil, nil, nil, bodyErr(err)
		}
		for dec.More() {
			var raw json.RawMessage
			if err := dec.Decode(&raw); err != nil {
				return nil, nil, nil, bodyErr(err)
			}
			if raws = append(raws, raw); len(raws) > maxArticlesPerRequest {
				return nil, nil, nil, Errorf(KindTooLarge, "more than %d articles in one request", maxArticlesPerRequest)
			}
		}
		if _, err := dec.Token(); err != nil {
			return nil, nil, nil, bodyErr(err)
		}
		if _, err := dec.Token(); !errors.Is(err, io.EOF) {
			return nil, nil, nil, Errorf(KindInvalid, "body: unexpected data after the array")
		}
	case '{':
		for {
			var raw json.RawMessage
			err := dec.Decode(&raw)
			if errors.Is(err, io.EOF) {
				break
			}
			if err != nil {
				return nil, nil, nil, bodyErr(err)
			}
			if raws = append(raws, raw); len(raws) > maxArticlesPerRequest {
				return nil, nil, nil, Errorf(KindTooLarge, "more than %d articles in one request", maxArticlesPerRequest)
			}
		}
	default:
		return nil, nil, nil, Errorf(KindInvalid, "body: want a JSON object, a JSON array of objects or JSON Lines")
	}
	var (
		arts  []*news.Article
		index []int
		errs  []AddError
	)
	for i, raw := range raws {
		a, id, err := articleOf(raw)
		if err != nil {
			errs = append(errs, AddError{Index: i, ID: id, Error: err.Error()})
			continue
		}
		arts = append(arts, a)
		index = append(index, i)
	}
	return arts, index, errs, nil
}

// firstByte returns the first byte of the body that is not white space or
// a byte-order mark, without consuming it.
func firstByte(br *bufio.Reader) (byte, error) {
	for {
		b, err := br.Peek(1)
		if err != nil {
			if errors.Is(err, io.EOF) {
				return 0, Errorf(KindInvalid, "body is empty: want a JSON object, a JSON array or JSON Lines")
			}
			return 0, bodyErr(err)
		}
		switch b[0] {
		case ' ', '\t', '\r', '\n':
			br.Discard(1)
		case 0xEF:
			bom, _ := br.Peek(3)
			if !bytes.Equal(bom, []byte("\uFEFF")) {
				return b[0], nil
			}
			br.Discard(3)
		default:
			return b[0], nil
		}
	}
}

// bodyErr classifies an error met while reading the body.
func bodyErr(err error) error {
	var mbe *http.MaxBytesError
	var se *json.SyntaxError
	switch {
	case errors.As(err, &mbe):
		return &Error{Kind: KindTooLarge, Msg: fmt.Sprintf("body is over the limit of %d bytes", mbe.Limit), Err: err}
	case errors.As(err, &se):
		return &Error{Kind: KindInvalid, Msg: fmt.Sprintf("body: invalid JSON at byte %d: %v", se.Offset, se), Err: err}
	case errors.Is(err, io.ErrUnexpectedEOF):
		return &Error{Kind: KindInvalid, Msg: "body: JSON ends early", Err: err}
	}
	return &Error{Kind: KindInvalid, Msg: "body: " + err.Error(), Err: err}
}

// articleOf turns one record into an article. It returns the record's ID
// when it has one, for error reports.
func articleOf(raw json.RawMessage) (*news.Article, string, error) {
	if t := bytes.TrimSpace(raw); len(t) == 0 || t[0] != '{' {
		return nil, "", errors.New("not a JSON object")
	}
	var rec articleRecord
	if err := json.Unmarshal(raw, &rec); err != nil {
		return nil, "", fmt.Errorf("malformed: %w", err)
	}
	id, err := recordID(rec.ID)
	if err != nil {
		return nil, "", err
	}
	if id == "" {
		return nil, "", errors.New(`malformed: no "id"`)
	}
	a := &news.Article{
		ID:     id,
		Title:  strings.TrimSpace(rec.Title),
		Text:   rec.Text,
		Source: strings.TrimSpace(rec.Source),
		URL:    strings.TrimSpace(rec.URL),
	}
	if !utf8.ValidString(a.ID + a.Title + a.Text + a.Source + a.URL) {
		return nil, id, errors.New("invalid-utf8: a field is not valid UTF-8")
	}
	if strings.TrimSpace(a.Text) == "" {
		return nil, id, errors.New(`empty: no "text"`)
	}
	ts := firstNonBlank(rec.Published, rec.Time, rec.Date)
	if ts == "" {
		return nil, id, errors.New(`no-date: no "published" time`)
	}
	if a.Published, err = corpus.ParseTime(ts); err != nil {
		return nil, id, fmt.Errorf("bad-date: published: %w", err)
	}
	if strings.TrimSpace(rec.Updated) != "" {
		if a.Updated, err = corpus.ParseTime(rec.Updated); err != nil {
			return nil, id, fmt.Errorf("bad-date: updated: %w", err)
		}
	}
	a.Published = a.Published.UTC()
	if !a.Updated.IsZero() {
		a.Updated = a.Updated.UTC()
	}
	if a.Published.After(time.Now().Add(48 * time.Hour)) {
		return nil, id, fmt.Errorf("future-date: published %s is in the future", a.Published.Format(time.RFC3339))
	}
	return a, id, nil
}

// recordID reads an "id" that is a string or a number.
func recordID(raw json.RawMessage) (string, error) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || string(raw) == "null" {
		return "", nil
	}
	if raw[0] == '"' {
		var s string
		if err := json.Unmarshal(raw, &s); err != nil {
			return "", fmt.Errorf("malformed: id: %w", err)
		}
		return strings.TrimSpace(s), nil
	}
	var n json.Number
	if err := json.Unmarshal(raw, &n); err != nil {
		return "", errors.New("malformed: id must be a string or a number")
	}
	if _, err := strconv.ParseFloat(n.String(), 64); err != nil {
		return "", errors.New("malformed: id must be a string or a number")
	}
	return n.String(), nil
}

func firstNonBlank(ss ...string) string {
	for _, s := range ss {
		if s = strings.TrimSpace(s); s != "" {
			return s
		}
	}
	return ""
}
