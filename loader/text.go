package loader

import (
	"strings"
	"unicode/utf8"
)

// Plain text and Markdown articles look like this (every part but the body
// is optional):
//
//	# Drone strike hits port city            ← title: "# ", a setext "===" underline,
//	Date: 2025-09-14                           or a short first line followed by a
//	URL: https://example.org/news/4411         blank or header line
//	Source: https://example.org/news/4411
//
//	Body text, in paragraphs …
//
// Header lines ("Key: value", keys below, any case) may stand before or after
// the title, and YAML-style front matter between "---" lines is read the same
// way. The body is everything after them, kept as written apart from line
// endings, which become "\n", and surrounding blank space.

// textHeaders maps header keys to the article field they set.
var textHeaders = map[string]string{
	"title":            "title",
	"date":             "published",
	"published":        "published",
	"published_at":     "published",
	"publication date": "published",
	"url":              "url",
	"link":             "url",
	"source":           "source",
	"id":               "id",
}

// maxTitleRunes bounds a plain first line taken as the title: headlines are
// short, and a long first line is the start of the story.
const maxTitleRunes = 200

func parseText(data string) rawArticle {
	data = strings.ReplaceAll(data, "\r\n", "\n")
	data = strings.ReplaceAll(data, "\r", "\n")
	lines := strings.Split(data, "\n")
	var a rawArticle
	i := skipBlank(lines, 0)
	if i < len(lines) && strings.TrimSpace(lines[i]) == "---" {
		i = frontMatter(lines, i, &a)
	}
	i = headers(lines, i, &a)
	if a.Title == "" && i < len(lines) {
		if t, next, ok := title(lines, i); ok {
			a.Title = t
			i = headers(lines, skipBlank(lines, next), &a)
		}
	}
	a.Text = strings.TrimSpace(strings.Join(lines[i:], "\n"))
	a.HasText = true
	return a
}

// headers reads "Key: value" lines from lines[i:] into a and returns the
// index after them and the blank lines that follow.
func headers(lines []string, i int, a *rawArticle) int {
	start := i
	for i < len(lines) {
		k, v, ok := header(lines[i])
		if !ok {
			break
		}
		setHeader(a, k, v)
		i++
	}
	if i == start {
		return i
	}
	return skipBlank(lines, i)
}

// frontMatter reads "---"-delimited front matter starting at lines[i]. When
// the closing line is missing the block is not front matter but text.
func frontMatter(lines []string, i int, a *rawArticle) int {
	for j := i + 1; j < len(lines); j++ {
		if strings.TrimSpace(lines[j]) != "---" {
			continue
		}
		for _, l := range lines[i+1 : j] {
			k, v, ok := strings.Cut(l, ":")
			if !ok {
				continue
			}
			if key := strings.ToLower(strings.TrimSpace(k)); textHeaders[key] != "" {
				setHeader(a, key, unquote(strings.TrimSpace(v)))
			}
		}
		return skipBlank(lines, j+1)
	}
	return i
}

func header(line string) (key, value string, ok bool) {
	k, v, ok := strings.Cut(line, ":")
	if !ok {
		return "", "", false
	}
	key = strings.ToLower(strings.TrimSpace(k))
	if textHeaders[key] == "" || strings.TrimLeft(k, " \t") != k {
		return "", "", false
	}
	return key, strings.TrimSpace(v), true
}

func setHeader(a *rawArticle, key, value string) {
	switch textHeaders[key] {
	case "title":
		a.Title = strings.TrimSpace(strings.TrimLeft(value, "#"))
	case "published":
		a.Published = value
	case "url":
		a.URL = value
	case "id":
		a.FeedID = value
	case "source":
		// "Source:" holds either the article's address or the outlet's name.
		// The model has no outlet field yet, so only an address is kept.
		if a.URL == "" && (strings.HasPrefix(value, "http://") || strings.HasPrefix(value, "https://")) {
			a.URL = value
		}
	}
}

// title recognises a title at lines[i] and returns it with the index of the
// first line after it.
func title(lines []string, i int) (string, int, bool) {
	line := strings.TrimSpace(lines[i])
	if strings.HasPrefix(line, "# ") || line == "#" {
		return strings.TrimSpace(strings.TrimRight(strings.TrimPrefix(line, "#"), "#")), i + 1, true
	}
	if strings.HasPrefix(line, "#") {
		return "", i, false // "##" and deeper are section headings, not the title
	}
	if i+1 >= len(lines) || utf8.RuneCountInString(line) > maxTitleRunes {
		return "", i, false
	}
	next := strings.TrimSpace(lines[i+1])
	if len(next) >= 3 && strings.Trim(next, "=") == "" {
		return line, i + 2, true
	}
	if strings.HasSuffix(line, ".") {
		return "", i, false // a sentence: the story starts here
	}
	if _, _, isHeader := header(lines[i+1]); next != "" && !isHeader {
		return "", i, false
	}
	// A lone first line followed by nothing but blank lines is the story.
	if skipBlank(lines, i+1) >= len(lines) {
		return "", i, false
	}
	return line, i + 1, true
}

func skipBlank(lines []string, i int) int {
	for i < len(lines) && strings.TrimSpace(lines[i]) == "" {
		i++
	}
	return i
}

func unquote(s string) string {
	if len(s) >= 2 && (s[0] == '"' && s[len(s)-1] == '"' || s[0] == '\'' && s[len(s)-1] == '\'') {
		return s[1 : len(s)-1]
	}
	return s
}
