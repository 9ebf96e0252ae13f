package extract

// resultSheets after "results" or "tally" name a thing the count is kept
// on, not its announcement: "the disputed tally sheets".
var resultSheets = setOf("sheet", "sheets", "website", "websites", "centre", "center", "centres", "centers", "server", "servers", "system", "form", "forms")

// resultsReleased are the participles that tell results were put out when
// they follow the noun: "provisional results announced by the commission".
var resultsReleased = setOf("released", "announced", "published", "issued", "posted", "unveiled", "proclaimed", "declared")

// resultsNamed settles "results" or "tally" from the words after it. The
// announcement is the event when a participle of release follows ("results
// released on Wednesday"), and no event when the noun heads a thing the
// count is kept on. handled is false when the words after say nothing, so
// the verb before decides.
func (d *doc) resultsNamed(lo, hi int) (ok, handled bool) {
	next := d.tok(hi).lower
	switch {
	case resultSheets[next]:
		return false, true
	case resultsReleased[next]:
		return true, true
	}
	return false, false
}
