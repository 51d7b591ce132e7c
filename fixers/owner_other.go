//go:build !unix

package fixers

import (
	"io/fs"
	"os"
)

// keepOwner: owners are not kept where there are no unix owners.
func keepOwner(*os.File, fs.FileInfo) {}
