package extract

// withoutOwnSide drops from actors the state or body src holds a title of:
// "Trump threatened to cut U.S. aid to ..." threatens the aid's recipient,
// never the United States.
func (d *doc) withoutOwnSide(src *entity, actors []*entity) []*entity {
	var out []*entity
	for _, a := range actors {
		if !hasEntity(d.affiliations(a), src) {
			out = append(out, a)
		}
	}
	return out
}
