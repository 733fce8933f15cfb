module github.com/lede-news/lede

go 1.26.8

require (
	github.com/abadojack/whatlanggo v1.0.1 // indirect
	golang.org/x/net v0.62.0 // indirect
	golang.org/x/text v0.43.0 // indirect
)
