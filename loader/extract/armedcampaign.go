package extract

// campaignNouns name a long effort that is fighting only when it is waged
// against those who fight back; elsewhere they are an election, an
// advocacy or a pressure drive ("a campaign against corruption", "its
// maximum pressure campaign against Tehran").
var campaignNouns = setOf("campaign", "campaigns")

// armedCampaignFits decides campaignNouns: "Ankara's campaign against the
// PKK" is a war on an armed group, told as background; "the campaign
// against the tribunal" is not. handled is false for other triggers.
func (d *doc) armedCampaignFits(lo, hi int) (fits, handled bool) {
	if !campaignNouns[d.toks[lo].lower] {
		return false, false
	}
	if d.tok(hi).lower != "against" {
		return false, true
	}
	k := hi + 1
	if d.tok(k).lower == "the" {
		k++
	}
	sp, ok := d.spanEntity(k)
	return ok && sp.lo == k && sp.ent != nil && armedKinds[sp.ent.kind], true
}
