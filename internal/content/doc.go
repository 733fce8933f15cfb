// Package content finds the article body in a parsed HTML page and turns it
// into typed blocks.
//
// It works in two passes over the tree, both bounded in depth:
//
//  1. score: every run of inline text (a paragraph, the text of a table cell,
//     a line of a menu) gets a value — positive for prose (many words, few
//     of them in links, sentence punctuation), negative for link lists and
//     fragments. Each element's score is the sum over its subtree, and the
//     element with the highest score is the article container: the smallest
//     region holding most of the prose and little of the chrome around it.
//     Elements that are never content (scripts, navigation, asides, forms'
//     controls, hidden elements, boilerplate by class or id) count as empty.
//  2. blocks: the container is walked in order and each paragraph, heading,
//     list, quote, table and preformatted block becomes a model.Block with
//     inline runs (links and emphasis kept); blocks that are chrome inside
//     the container (link lists, share bars, "read more" lines, captions,
//     paywall and consent notices, date stamps and labels before the first
//     paragraph, calls to action and closing sections after the last) are
//     dropped.
//
// Around these, the standfirst printed before the container becomes the
// teaser (teaser.go), and a container made of teaser cards — headlines
// that are links, a summary under each — marks a list page, which has no
// article (Result.Listing).
//
// The package does no I/O and keeps no state between calls; Extract is safe
// for concurrent use.
package content
