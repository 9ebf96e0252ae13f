package graph

// EventType is what kind of happening an event is.
type EventType string

// The event types of knowledge model version 1.
const (
	Meeting    EventType = "Meeting"
	Attack     EventType = "Attack"
	Ceasefire  EventType = "Ceasefire"
	Agreement  EventType = "Agreement"
	Sanction   EventType = "Sanction"
	Proposal   EventType = "Proposal"
	Election   EventType = "Election"
	Protest    EventType = "Protest"
	Statement  EventType = "Statement"
	OtherEvent EventType = "Other"
)

// EventTypes lists every event type in a stable order.
var EventTypes = []EventType{Meeting, Attack, Ceasefire, Agreement, Sanction, Proposal, Election, Protest, Statement, OtherEvent}

// cameoRoots maps event types to the CAMEO root code that best covers them,
// so events can be compared with GDELT-style data. Elections and "Other" have
// no CAMEO root.
var cameoRoots = map[EventType]string{
	Meeting:   "04", // consult
	Attack:    "19", // fight
	Ceasefire: "08", // yield (0871 declare ceasefire)
	Agreement: "05", // engage in diplomatic cooperation (057 sign formal agreement)
	Sanction:  "16", // reduce relations (163 impose embargo, boycott or sanctions)
	Proposal:  "03", // express intent to cooperate
	Protest:   "14", // protest
	Statement: "01", // make public statement
}

// Valid reports whether t is one of EventTypes.
func (t EventType) Valid() bool {
	for _, v := range EventTypes {
		if t == v {
			return true
		}
	}
	return false
}

// CAMEO returns the CAMEO root code of t, or "" when none fits.
func (t EventType) CAMEO() string { return cameoRoots[t] }

// Event is a specific happening as the graph knows it across every article
// that reports it. Its fields summarise the reports (see Summarize); each
// article's own version stays available as an EventReport.
type Event struct {
	ID             string
	Type           EventType
	Name           string // a short title an analyst would recognise
	Date           Date
	LocationID     string // entity id of the place, "" when unknown
	PerpetratorID  string // for attacks: who carried it out
	ParticipantIDs []string
	Killed         *Count
	Injured        *Count
	Duration       string // as written: "four hours", "30 days"
	Modality       Modality
	Confidence     float64
	// Articles is how many articles report the event (read only).
	Articles int
}

// EventReport is one article's account of an event. Two articles that give
// different dates or casualty counts for the same event keep their own report.
type EventReport struct {
	Event     Event
	ArticleID string
	Evidence  []Evidence // the sentences that describe the event, first first
}

// EventFilter selects events. Zero fields do not filter.
type EventFilter struct {
	Types []EventType
	From  string // YYYY-MM-DD: events whose date range ends on or after From
	To    string // YYYY-MM-DD: events whose date range starts on or before To
	// Involving keeps events in which any of these entity ids took part,
	// was the perpetrator, or is the place.
	Involving []string
	ArticleID string // events reported by this article
	// Newest orders by date descending; the default is ascending (a
	// timeline). Undated events come last either way.
	Newest bool
	Page
}

// EventPage is one page of events.
type EventPage struct {
	Events []Event
	PageInfo
}
