package extract

// contractSigned reports whether the "contract" at lo is one a party signed,
// which makes it an agreement between the signers and whom they buy from:
// "signed a $3 billion contract to buy 20 frigates", "the signing of the
// contract". An unsigned contract ("a contract killer", "lost the contract")
// is no event.
func (d *doc) contractSigned(lo int) bool {
	s := d.sents[d.sentOf[lo]]
	for k := lo - 1; k >= s.lo && k >= lo-7; k-- {
		t := d.toks[k]
		if signVerbs[t.lower] || t.lower == "signature" || t.lower == "signatures" {
			return true
		}
		if t.lower == "of" && k == lo-2 && determiners[d.tok(lo-1).lower] {
			continue // "the signing of the contract"
		}
		if !(objectGlue[t.lower] || determiners[t.lower] || t.kind == tokNumber || t.text == "-" || t.kind == tokWord && !t.cap) {
			return false
		}
	}
	return false
}

// buyVerbs after a contract tell what it buys.
var buyVerbs = setOf("buy", "purchase", "acquire", "procure")

// sellerOf returns whom a signed contract buys from, a party to it too:
// "a contract to buy 12 helicopters from Italy". Nil for other events.
func (d *doc) sellerOf(m *eventMention) *entity {
	if w := d.toks[m.lo].lower; w != "contract" && w != "contracts" || d.tok(m.hi).lower != "to" || !buyVerbs[d.tok(m.hi+1).lower] {
		return nil
	}
	_, hi := d.clause(m.hi)
	for j := m.hi + 2; j < hi && j < m.hi+12; j++ {
		if d.toks[j].lower != "from" {
			continue
		}
		if sp, e := d.actorAt(j + 1); e != nil && !d.isModifierActor(sp) {
			return e
		}
		return nil
	}
	return nil
}
