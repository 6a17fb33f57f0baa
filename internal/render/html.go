package render

import (
	"html/template"
	"io"
	"strings"

	"github.com/dateline-news/dateline/internal/timeline"
)

var pageTemplate = template.Must(template.New("page").Funcs(template.FuncMap{
	"label":   DateLabel,
	"source":  sourceNote,
	"speaker": speakerLabel,
	"count":   Count,
	"weblink": func(u string) bool {
		return strings.HasPrefix(u, "http://") || strings.HasPrefix(u, "https://")
	},
}).Parse(`<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Timeline{{if .Query}}: {{.Query}}{{end}}</title>
<style>
body{font:16px/1.5 system-ui,sans-serif;max-width:50rem;margin:2rem auto;padding:0 1rem;color:#222}
ol{list-style:none;padding:0;border-left:3px solid #8aa;margin-left:.5rem}
li.date{position:relative;padding:0 0 1.2rem 1.2rem}
li.date::before{content:"";position:absolute;left:-.55rem;top:.45rem;width:.8rem;height:.8rem;border-radius:50%;background:#468}
h2{font-size:1.05rem;margin:0}.ev{color:#666;font-size:.85rem}
p{margin:.3rem 0}.src{color:#555;font-size:.85rem}.badge{background:#eef;border-radius:.6rem;padding:0 .4rem;font-size:.8rem}
</style></head><body>
<h1>Timeline{{if .Query}}: {{.Query}}{{end}}</h1>
<ol>
{{range .Dates}}<li class="date"><h2>{{label .}}</h2>
<div class="ev">{{count .Evidence.Mentions "mention"}} in {{count .Evidence.Articles "article"}}, {{.Evidence.Published}} published that day</div>
{{range .Summary}}<p>{{with speaker .}}<strong>{{.}}:</strong> {{end}}{{.Text}}
<span class="src">({{if weblink .URL}}<a href="{{.URL}}">{{source .}}</a>{{else}}{{source .}}{{end}}; dated by {{.DatedBy}}){{if gt .Sources 1}} <span class="badge">{{.Sources}} sources</span>{{end}}</span></p>
{{end}}</li>
{{else}}<li>No dates found.</li>
{{end}}</ol>
</body></html>
`))

func writeHTML(w io.Writer, tl *timeline.Timeline) error {
	return pageTemplate.Execute(w, tl)
}
