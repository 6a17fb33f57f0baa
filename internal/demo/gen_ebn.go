//go:build ignore

// gen_ebn writes corpus/ebn/bulletins.jsonl.gz from source/ebn.jsonl, so the
// demo corpus has a gzipped JSONL input whose text stays reviewable.
// Run it with "go generate ./internal/demo".
package main

import (
	"compress/gzip"
	"log"
	"os"
)

func main() {
	src, err := os.ReadFile("source/ebn.jsonl")
	if err != nil {
		log.Fatal(err)
	}
	if err := os.MkdirAll("corpus/ebn", 0o755); err != nil {
		log.Fatal(err)
	}
	f, err := os.Create("corpus/ebn/bulletins.jsonl.gz")
	if err != nil {
		log.Fatal(err)
	}
	zw, err := gzip.NewWriterLevel(f, gzip.BestCompression) // no name, zero mtime: reproducible
	if err != nil {
		log.Fatal(err)
	}
	if _, err := zw.Write(src); err != nil {
		log.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		log.Fatal(err)
	}
	if err := f.Close(); err != nil {
		log.Fatal(err)
	}
}
