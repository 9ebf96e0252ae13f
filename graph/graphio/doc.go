// Package graphio moves whole graphs between stores and files, whatever the
// backend: Copy reads every article graph and merge of one graph.Store and
// writes them into another, and the JSON Lines codec writes and reads the
// same as one graph.ArticleGraph per line, for other tools and for import.
//
// Everything goes through the graph.Store read and write API, so what
// arrives is what the source shows: the same articles, statements under
// the ids their extractors gave, and the same active merges.
package graphio
