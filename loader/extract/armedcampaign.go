package extract

// campaignNouns, read with the "against" after them, name a long effort
// that is fighting only when it is waged against those who fight back;
// elsewhere they are an advocacy or a pressure drive ("a campaign against
// corruption", "its maximum pressure campaign against Tehran"). Without
// "against" they are no trigger: "a campaign rally" stays a rally.
var campaignNouns = setOf("campaign", "campaigns")

// armedCampaignFits decides "campaign against": "Ankara's campaign against the
// PKK" is a war on an armed group, told as background; "the campaign
// against the tribunal" is not. handled is false for other triggers.
func (d *doc) armedCampaignFits(lo, hi int) (fits, handled bool) {
	if !campaignNouns[d.toks[lo].lower] {
		return false, false
	}
	if hi-lo != 2 {
		return false, true
	}
	k := d.pastThe(hi)
	e := d.namedAt(k)
	return e != nil && armedKinds[e.kind], true
}
