CREATE INDEX event_day IF NOT EXISTS FOR (n:Event) ON (n.day)
