module github.com/lede-news/lede

go 1.26.0

require (
	github.com/abadojack/whatlanggo v1.0.1
	github.com/andybalholm/brotli v1.2.8
	golang.org/x/net v0.62.0
	golang.org/x/text v0.43.0
)
