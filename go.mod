module github.com/opml-dev/opml

go 1.26
