package graph

import (
	"crypto/sha256"
	"encoding/hex"
	"sort"
	"strings"
	"unicode"
)

// IDs are derived from what a thing is, never from when it was loaded, so
// loading an article twice, or on another machine, names the same nodes.
//
//	country:UA                      ISO 3166-1 alpha-2
//	person:vladimir-putin           type + normalised name
//	event:attack:2025-04-13:9f2c…   type + date + hash(type, date, place, actors)
//	rel:5b1d…                       hash(source, type, target, modality)
//	article:c03a…                   hash(url, else feed id, else content)

// CountryID returns the id of the country with ISO 3166-1 alpha-2 code iso2.
func CountryID(iso2 string) string { return "country:" + strings.ToUpper(iso2) }

// EntityID returns the id of a non-country entity of type t called name.
func EntityID(t EntityType, name string) string {
	return strings.ToLower(string(t)) + ":" + Slug(name)
}

// EventID returns the id of an event from its type, day ("" when unknown),
// place id and actor ids. When none of date, place and actors is known, the
// normalised name stands in so that distinct events of one article stay apart.
func EventID(t EventType, day, placeID string, actorIDs []string, name string) string {
	actors := append([]string(nil), actorIDs...)
	sort.Strings(actors)
	key := []string{string(t), day, placeID, strings.Join(actors, ",")}
	if day == "" && placeID == "" && len(actors) == 0 {
		key = append(key, Slug(name))
	}
	when := day
	if when == "" {
		when = "undated"
	}
	return "event:" + strings.ToLower(string(t)) + ":" + when + ":" + shortHash(key...)
}

// RelationID returns the id of a relation. Symmetric relations put the
// smaller id first, so A–B and B–A are one relation.
func RelationID(t RelationType, sourceID, targetID string, m Modality) string {
	if t.Symmetric() && targetID < sourceID {
		sourceID, targetID = targetID, sourceID
	}
	return "rel:" + shortHash(sourceID, string(t), targetID, string(m))
}

// ArticleID returns the id of an article: from its URL when it has one, else
// from the id its feed gave it, else from its title and text.
func ArticleID(url, feedID, title, text string) string {
	switch {
	case strings.TrimSpace(url) != "":
		return "article:" + shortHash("url", strings.TrimSpace(url))
	case strings.TrimSpace(feedID) != "":
		return "article:" + shortHash("id", strings.TrimSpace(feedID))
	}
	return "article:" + shortHash("text", title, text)
}

// MergeID returns the id of the merge of from into into.
func MergeID(fromID, intoID string) string { return "merge:" + shortHash(fromID, intoID) }

// IDType returns the node kind an id names: an EntityType as a string,
// "Event", "Article", "Relation" or "Merge"; "" for a malformed id.
func IDType(id string) string {
	prefix, _, ok := strings.Cut(id, ":")
	if !ok {
		return ""
	}
	switch prefix {
	case "person":
		return string(Person)
	case "country":
		return string(Country)
	case "organization":
		return string(Organization)
	case "location":
		return string(Location)
	case "event":
		return "Event"
	case "article":
		return "Article"
	case "rel":
		return "Relation"
	case "merge":
		return "Merge"
	}
	return ""
}

// Slug lowercases name, folds accents and joins its words with hyphens:
// "St. Petersburg" → "st-petersburg", "Zelenskyy’s" → "zelenskyy-s".
func Slug(name string) string {
	var b strings.Builder
	pendingDash := false
	for _, r := range name {
		r = FoldRune(r)
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if pendingDash && b.Len() > 0 {
				b.WriteByte('-')
			}
			pendingDash = false
			b.WriteRune(unicode.ToLower(r))
			continue
		}
		pendingDash = true
	}
	return b.String()
}

// FoldRune maps a Latin letter with a diacritic to its base letter, so names
// written with and without accents ("Zelenskyy", "Zelenskyy"; "Türkiye",
// "Turkiye") meet. Other runes are returned unchanged.
func FoldRune(r rune) rune {
	if r < 0xC0 {
		return r
	}
	if f, ok := foldTable[r]; ok {
		return f
	}
	return r
}

var foldTable = func() map[rune]rune {
	groups := map[rune]string{
		'a': "àáâãäåāăąǎ", 'A': "ÀÁÂÃÄÅĀĂĄǍ",
		'c': "çćĉċč", 'C': "ÇĆĈĊČ",
		'd': "ďđ", 'D': "ĎĐ",
		'e': "èéêëēĕėęě", 'E': "ÈÉÊËĒĔĖĘĚ",
		'g': "ĝğġģ", 'G': "ĜĞĠĢ",
		'h': "ĥħ", 'H': "ĤĦ",
		'i': "ìíîïĩīĭįı", 'I': "ÌÍÎÏĨĪĬĮİ",
		'j': "ĵ", 'J': "Ĵ",
		'k': "ķ", 'K': "Ķ",
		'l': "ĺļľŀł", 'L': "ĹĻĽĿŁ",
		'n': "ñńņňŉ", 'N': "ÑŃŅŇ",
		'o': "òóôõöøōŏőǒ", 'O': "ÒÓÔÕÖØŌŎŐǑ",
		'r': "ŕŗř", 'R': "ŔŖŘ",
		's': "śŝşšș", 'S': "ŚŜŞŠȘ",
		't': "ţťŧț", 'T': "ŢŤŦȚ",
		'u': "ùúûüũūŭůűųǔ", 'U': "ÙÚÛÜŨŪŬŮŰŲǓ",
		'w': "ŵ", 'W': "Ŵ",
		'y': "ýÿŷ", 'Y': "ÝŸŶ",
		'z': "źżž", 'Z': "ŹŻŽ",
	}
	m := make(map[rune]rune)
	for base, variants := range groups {
		for _, v := range variants {
			m[v] = base
		}
	}
	return m
}()

func shortHash(parts ...string) string {
	h := sha256.New()
	for _, p := range parts {
		h.Write([]byte(p))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil)[:8])
}
