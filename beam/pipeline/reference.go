package pipeline

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/dateline-news/dateline/internal/annotate"
	"github.com/dateline-news/dateline/internal/corpus"
	"github.com/dateline-news/dateline/internal/corpus/formats"
	"github.com/dateline-news/dateline/internal/dedup"
	"github.com/dateline-news/dateline/internal/news"
)

// Reference computes in this process, without Beam, what the pipeline
// writes: it reads cfg.Inputs with one corpus.Read call, annotates with
// annotate.Annotator.All and folds with dedup.Hasher.FoldSigned, the
// engine's own in-process path. It returns the article lines and the error
// lines, each sorted. workers is the number of annotating goroutines (0:
// one per CPU).
func Reference(ctx context.Context, cfg Config, workers int) (articles, errs [][]byte, err error) {
	ka, ke, err := reference(ctx, cfg, workers)
	if err != nil {
		return nil, nil, err
	}
	for _, l := range ka {
		articles = append(articles, l.line)
	}
	for _, l := range ke {
		errs = append(errs, l.line)
	}
	sortLines(articles)
	sortLines(errs)
	return articles, errs, nil
}

// keyed is an output line with the key that picks its shard.
type keyed struct {
	key  string
	line []byte
}

func reference(ctx context.Context, cfg Config, workers int) (articles, errs []keyed, err error) {
	var arts []*news.Article
	opts := corpus.Options{Formats: formats.All(), Now: cfg.now()}
	docs := corpus.Read(ctx, cfg.Inputs, opts)
	if len(cfg.Inputs) > 0 && isRemote(cfg.Inputs[0]) {
		fsys, names, err := readRemote(ctx, cfg.Inputs)
		if err != nil {
			return nil, nil, err
		}
		defer fsys.fs.Close()
		docs = corpus.ReadFS(ctx, fsys, names, opts)
	}
	for a, err := range docs {
		if err != nil {
			var de *corpus.DocError
			if !errors.As(err, &de) {
				return nil, nil, err
			}
			errs = append(errs, keyed{de.Origin, errorLine(err)})
			continue
		}
		arts = append(arts, a)
	}
	if err := annotate.New().All(ctx, arts, workers); err != nil {
		return nil, nil, err
	}
	h := dedup.MustNew(dedup.ArticleOptions())
	ddocs := make([]dedup.Doc, len(arts))
	for i, a := range arts {
		ddocs[i] = *docOf(a)
	}
	sigs := h.SignAll(ddocs)
	f := h.FoldSigned(ddocs, sigs)
	for i, a := range arts {
		js, err := json.Marshal(a)
		if err != nil {
			return nil, nil, fmt.Errorf("article %s: %w", a.ID, err)
		}
		info := dedupInfo(&sigs[i])
		g := &f.Groups[f.Of[i]]
		info.Group, info.Sources, info.Independent = arts[g.Rep()].ID, g.Sources, g.Independent
		line, err := recordLine(js, info)
		if err != nil {
			return nil, nil, fmt.Errorf("article %s: %w", a.ID, err)
		}
		articles = append(articles, keyed{a.ID, line})
	}
	return articles, errs, nil
}

// WriteReference runs [Reference] and writes its lines to cfg.Output in the
// pipeline's shard layout. It returns the number of articles and errors.
func WriteReference(ctx context.Context, cfg Config, workers int) (nArticles, nErrors int, err error) {
	if err := cfg.Validate(); err != nil {
		return 0, 0, err
	}
	arts, errs, err := reference(ctx, cfg, workers)
	if err != nil {
		return 0, 0, err
	}
	for kind, lines := range map[string][]keyed{"articles": arts, "errors": errs} {
		shards := make([][][]byte, cfg.Shards)
		for _, l := range lines {
			i := shardOf(l.key, cfg.Shards)
			shards[i] = append(shards[i], l.line)
		}
		for i, ls := range shards {
			if err := writeShard(ctx, cfg.Output, kind, i, cfg.Shards, ls); err != nil {
				return 0, 0, err
			}
		}
	}
	return len(arts), len(errs), nil
}
