package extract

// probeSubjectStops end what an inquiry looks into: "into the deaths and
// called for", "into the shooting in the capital". They are the
// prepositions save "of", which carries the subject on ("into the deaths of
// protesters"), and the words that open another clause or a time.
var probeSubjectStops = func() map[string]bool {
	m := setOf("and", "or", "but", "which", "that", "who", "after", "amid", "following", "as", "since", "during",
		"before", "while", "within", "so", "off", "near", "outside", "across", "over", "into", "under", "against",
		"when", "where", "if", "because", "despite", "between", "along", "through", "inside", "around", "last",
		"this", "earlier", "was", "were", "is", "be")
	for w := range prepositions {
		if w != "of" {
			m[w] = true
		}
	}
	return m
}()

// probeSubjectMax bounds what an inquiry looks into, in tokens after "into".
const probeSubjectMax = 6

// probeSubject reads what the inquiry ending at hi looks into and returns
// the end of "into the deaths" (hi when none is named). An inquiry asked for
// with no holder named is still worth a node when its subject is told: "an
// independent inquiry into the killings" says what the asker wants looked
// at; "called for an independent inquiry" alone does not.
func (d *doc) probeSubject(hi int) int {
	if d.tok(hi).lower != "into" {
		return hi
	}
	end := hi + 1
	for end < len(d.toks) && end <= hi+probeSubjectMax && d.sentOf[end] == d.sentOf[hi] {
		t := d.toks[end]
		if t.kind == tokPunct && t.lower != "'s" && t.text != "-" || probeSubjectStops[t.lower] {
			break
		}
		end++
	}
	for end > hi+1 && (d.toks[end-1].lower == "the" || d.toks[end-1].lower == "a" || d.toks[end-1].lower == "'s") {
		end--
	}
	if end <= hi+1 || d.toks[end-1].kind != tokWord {
		return hi
	}
	return end
}

// probeName names an inquiry by what it looks into, with the words that
// qualify it: "independent judicial inquiry into the deaths".
func (d *doc) probeName(lo, end int) string {
	k := lo
	for k > 0 && k > lo-4 && probeQualifiers[d.toks[k-1].lower] && !probeArticles[d.toks[k-1].lower] {
		k--
	}
	for k < lo && d.toks[k].lower == "and" {
		k++
	}
	return d.spanText(k, end)
}

// probeArticles open the phrase before an inquiry; they are not part of
// its name.
var probeArticles = setOf("a", "an", "the")
