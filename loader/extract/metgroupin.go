package extract

// metGroupVerbs meet or receive the people a group noun names.
var metGroupVerbs = setOf("met", "meet", "meets", "meeting", "received", "receive", "receives", "hosted", "host", "hosts")

// metGroupBefore reports whether a verb of meeting takes the group noun at
// k as its object: "met China's ambassador in Dushanbe", "will meet Pacific
// counterparts in Suva". The capital then says where they met, not which
// state the group stands for, as it does in "officials in Moscow said".
func (d *doc) metGroupBefore(k int) bool {
	for j := k - 1; j > 0 && j >= k-5; j-- {
		t := d.toks[j]
		if metGroupVerbs[t.lower] {
			return true
		}
		if t.kind == tokPunct && t.lower != "'s" {
			return false
		}
	}
	return false
}
