package extract

// openingList returns every name of the list that opens sentence si when
// e is one of them: in "Britain, France and Germany issued a statement
// condemning the raid and urging Israel to act", all three urge, not only
// the first name the shared subject finds. It returns nil when e opens no
// list of two or more.
func (d *doc) openingList(e *entity, si int) []*entity {
	if e == nil || si < 0 || si >= len(d.sents) {
		return nil
	}
	s := d.sents[si]
	j := d.pastThe(s.lo)
	sp, first := d.actorAt(j)
	if first == nil {
		return nil
	}
	end := sp.hi
	for n := 0; n < 8 && end < s.hi; n++ {
		i := end
		for i < s.hi && i < end+3 && (d.toks[i].text == "," || d.toks[i].lower == "and" || d.toks[i].lower == "the") {
			i++
		}
		if i == end {
			break
		}
		sp2, e2 := d.actorAt(i)
		if e2 == nil {
			break
		}
		end = sp2.hi
	}
	if end >= s.hi {
		return nil
	}
	l := d.listSubject(end)
	if len(l) < 2 || !hasEntity(l, e) {
		return nil
	}
	return l
}
