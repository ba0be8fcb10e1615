package contracts

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// TestEnumsMatchSolidity reads every enum declaration of the contract sources and requires the Go enum of the
// same name to list the same members in the same order, so a member added to, removed from or moved in the
// Solidity without the Go following fails here.
func TestEnumsMatchSolidity(t *testing.T) {
	want := map[string][]string{
		"OracleEntries.Status":                   requestStatusNames,
		"DisputeGame.Phase":                      phaseNames,
		"IDisputeGame.LevelKind":                 levelKindNames,
		"AIOracleCallbackReceiver.AIOracleError": callbackErrorNames,
	}
	enumRe := regexp.MustCompile(`(?s)enum\s+(\w+)\s*\{([^}]*)\}`)
	contractRe := regexp.MustCompile(`(?m)^(?:abstract\s+)?(?:contract|interface|library)\s+(\w+)`)
	var files []string
	for _, dir := range []string{"src", filepath.Join("sdk", "src")} {
		err := filepath.WalkDir(dir, func(path string, _ os.DirEntry, err error) error {
			if err == nil && strings.HasSuffix(path, ".sol") {
				files = append(files, path)
			}
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	found := map[string]bool{}
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		text := regexp.MustCompile(`//[^\n]*`).ReplaceAllString(string(src), "")
		contracts := contractRe.FindAllStringSubmatchIndex(text, -1)
		for _, m := range enumRe.FindAllStringSubmatchIndex(text, -1) {
			owner := ""
			for _, c := range contracts {
				if c[0] < m[0] {
					owner = text[c[2]:c[3]]
				}
			}
			name := owner + "." + text[m[2]:m[3]]
			var members []string
			for _, part := range strings.Split(text[m[4]:m[5]], ",") {
				if p := strings.TrimSpace(part); p != "" {
					members = append(members, p)
				}
			}
			w, ok := want[name]
			if !ok {
				t.Errorf("%s: enum %s has no Go twin in enums.go", f, name)
				continue
			}
			found[name] = true
			if !slices.Equal(members, w) {
				t.Errorf("%s: enum %s is %v in Solidity, %v in Go", f, name, members, w)
			}
		}
	}
	for name := range want {
		if !found[name] {
			t.Errorf("enum %s is not declared in the contract sources", name)
		}
	}
}
