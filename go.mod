module github.com/repkit/repkit

go 1.26.0

require pgregory.net/rapid v1.3.0

require (
	github.com/google/go-cmp v0.7.0
	github.com/santhosh-tekuri/jsonschema/v6 v6.0.3
)

require golang.org/x/text v0.14.0 // indirect
