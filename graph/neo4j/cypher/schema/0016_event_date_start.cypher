CREATE INDEX event_date_start IF NOT EXISTS FOR (n:Event) ON (n.dateStart)
