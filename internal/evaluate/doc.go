// Package evaluate scores lede on evaluation sets laid out like
// ../shared/eval/*: a folder with ground-truth.json, the pages under html/
// and, optionally, page-languages.json.
//
// The scorers follow what the ground truth holds, as the team's reference
// checks do (../shared/checks/README.md describes the metrics; this is an
// independent implementation that agrees with them):
//
//   - articleBody → body: the scrapinghub benchmark's 4-token shingle
//     precision and recall (macro averages over pages), F1 of the two
//     means, and the share of pages whose tokens equal the truth's;
//   - with/without → snippets: trafilatura's metric, whitespace-normalised
//     case-sensitive substrings of teaser + highlights + text, micro
//     averaged over the corpus;
//   - title/author/date (and the page language) → meta: headline, authors,
//     published date and language agreement, and language-nohint: the
//     language found once the pages' language hints are stripped
//     (StripLanguageHints), which Predict extracts a second time.
//
// A page's id is its file's base name without .gz and without .html, .htm
// or .xhtml. Predictions come from running the extraction in-process
// (Predict) or from a batch output file (ReadPredictions). Scoring is pure:
// it reads no files and keeps no state.
package evaluate
