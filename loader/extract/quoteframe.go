package extract

// quoteClosesAt reports whether token j closes a quotation before its
// speech frame: `... being killed," he told reporters in Kyiv`. Places
// after it tell where the words were spoken, not where what they speak of
// happened.
func (d *doc) quoteClosesAt(j int) bool {
	t := d.tok(j).text
	return (t == "”" || t == "\"" && !d.tok(j).space) && d.tok(j-1).text == ","
}
