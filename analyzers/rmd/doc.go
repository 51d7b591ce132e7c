// Package rmd is the front-end for R Markdown (.Rmd) and Quarto (.qmd)
// documents.
//
// The document is split into executable chunks (```{r ...}, ```{python},
// ```{bash}/```{sh}), inline R (`r expr`, `{r} expr`), and the rest: YAML
// front matter, prose and displayed code blocks (``` without braces).
//
//   - R chunks and inline R are analysed together, as one program, by the R
//     front-end on a copy of the document where everything else is blank:
//     a variable of chunk 1 is known in chunk 3, and every span is a span of
//     the document. The YAML `params:` are given to it, so that
//     params$server resolves to the URL written in the front matter.
//   - Python and shell chunks go to text.Code, which runs the python/shell
//     front-end the text package links in (embed_<lang>.go there; without
//     one it falls back to a URL scan), with spans mapped back through
//     remap. Python chunks are one program, like R chunks.
//   - The rest is read as Markdown by the text package (front matter as
//     YAML, prose URLs as RoleDoc, displayed fences by language), on a copy
//     with the chunks blanked out.
//
// Not covered: chunks of other engines (sql, js, stan) are left to the
// Markdown reader; child documents (child=) and knitr::read_chunk() are not
// followed; python chunks do not see R variables (reticulate).
package rmd
