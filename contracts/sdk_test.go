package contracts

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// TestSDKInstalls installs the Solidity SDK (contracts/sdk) the two ways its README tells a dApp developer to, in
// fresh projects, and compiles the README's example dApp with the pinned solc from npm:
//   - Foundry: the SDK under lib/opml (as `forge install opml-dev/opml` puts it) with the README's remapping;
//   - Hardhat/npm: the package packed with `npm pack` (so only the files it publishes) and installed with
//     `npm install` into node_modules.
//
// Each must compile without errors, and the IAIOracle ABI compiled from the installed sources must equal the
// ABI the package ships in abi/.
func TestSDKInstalls(t *testing.T) {
	npm, err := exec.LookPath("npm")
	if err != nil {
		t.Fatalf("npm: %v (scripts/install-deps installs it)", err)
	}
	sdk, err := filepath.Abs("sdk")
	if err != nil {
		t.Fatal(err)
	}
	readme, err := os.ReadFile(filepath.Join(sdk, "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	_, example, ok := strings.Cut(string(readme), "```solidity\n")
	example, _, ok2 := strings.Cut(example, "```")
	if !ok || !ok2 || !strings.Contains(example, "contract MyDApp") {
		t.Fatal("the SDK's README has no solidity example with contract MyDApp")
	}
	var shipped []any
	if err := sdkReadJSON(filepath.Join(sdk, "abi", "IAIOracle.json"), &shipped); err != nil {
		t.Fatal(err)
	}

	t.Run("foundry", func(t *testing.T) {
		proj := t.TempDir()
		sdkCopyTree(t, sdk, filepath.Join(proj, "lib", "opml", "contracts", "sdk"))
		remap := remappingFromReadme(t, string(readme))
		sdkWrite(t, filepath.Join(proj, "remappings.txt"), remap+"\n")
		sdkWrite(t, filepath.Join(proj, "foundry.toml"), "[profile.default]\nsrc = \"src\"\nlibs = [\"lib\"]\n")
		sdkWrite(t, filepath.Join(proj, "src", "MyDApp.sol"), "// SPDX-License-Identifier: MIT\npragma solidity ^0.8.20;\n\n"+example)
		checkCompiled(t, proj, "src", shipped)
	})

	t.Run("npm", func(t *testing.T) {
		packDir, proj := t.TempDir(), t.TempDir()
		out, err := exec.Command(npm, "pack", sdk, "--pack-destination", packDir, "--silent").Output()
		if err != nil {
			t.Fatalf("npm pack: %v", err)
		}
		tarball := filepath.Join(packDir, strings.TrimSpace(string(out)))
		sdkWrite(t, filepath.Join(proj, "package.json"), `{"name": "my-dapp", "version": "1.0.0", "private": true}`+"\n")
		install := exec.Command(npm, "install", "--offline", "--ignore-scripts", "--no-audit", "--no-fund", tarball)
		install.Dir = proj
		if out, err := install.CombinedOutput(); err != nil {
			t.Fatalf("npm install %s: %v\n%s", tarball, err, out)
		}
		// The README's Hardhat import path: the package's src/.
		sdkWrite(t, filepath.Join(proj, "contracts", "MyDApp.sol"), "// SPDX-License-Identifier: MIT\npragma solidity ^0.8.20;\n\n"+
			strings.ReplaceAll(example, `"@opml/aioracle-sdk/`, `"@opml/aioracle-sdk/src/`))
		checkCompiled(t, proj, "contracts", shipped)
		if _, err := os.Stat(filepath.Join(proj, "node_modules", "@opml", "aioracle-sdk", "abi", "AIOracle.json")); err != nil {
			t.Errorf("the installed package lacks the oracle's ABI: %v", err)
		}
	})
}

// remappingFromReadme returns the remapping line the README gives Foundry users.
func remappingFromReadme(t *testing.T, readme string) string {
	for _, l := range strings.Split(readme, "\n") {
		if strings.HasPrefix(l, "@opml/aioracle-sdk/=lib/") {
			return l
		}
	}
	t.Fatal("the SDK's README gives no remapping for lib/")
	return ""
}

func checkCompiled(t *testing.T, proj, srcDir string, shipped []any) {
	t.Helper()
	cmd := exec.Command("node", filepath.Join("testdata", "sdkcompile.mjs"), proj, srcDir)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("sdkcompile.mjs: %v\n%s", err, stderr.String())
	}
	var res struct {
		Errors    []string
		Contracts map[string]struct {
			ABI      []any
			Bytecode string
		}
	}
	if err := json.Unmarshal(out, &res); err != nil {
		t.Fatal(err)
	}
	if len(res.Errors) > 0 {
		t.Fatalf("compile errors:\n%s", strings.Join(res.Errors, "\n"))
	}
	app, ok := res.Contracts["MyDApp"]
	if !ok || len(app.Bytecode) < 100 {
		t.Fatalf("no MyDApp bytecode among %v", sdkKeys(res.Contracts))
	}
	var callback bool
	for _, item := range app.ABI {
		if m, ok := item.(map[string]any); ok && m["name"] == "aiOracleCallback" {
			callback = true
		}
	}
	if !callback {
		t.Error("MyDApp's ABI has no aiOracleCallback")
	}
	if !reflect.DeepEqual(sdkNormalize(res.Contracts["IAIOracle"].ABI), sdkNormalize(shipped)) {
		t.Errorf("the IAIOracle ABI compiled from the installed sources differs from the shipped abi/IAIOracle.json")
	}
}

// sdkNormalize round-trips v through JSON with sorted keys and ABI items sorted by their text, so that two ABIs
// compare equal whatever the order of their items.
func sdkNormalize(v []any) []string {
	out := make([]string, len(v))
	for i, item := range v {
		b, _ := json.Marshal(item) // maps marshal with sorted keys
		out[i] = string(b)
	}
	for i := range out {
		for j := i + 1; j < len(out); j++ {
			if out[j] < out[i] {
				out[i], out[j] = out[j], out[i]
			}
		}
	}
	return out
}

func sdkKeys[V any](m map[string]V) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

func sdkReadJSON(path string, v any) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	return json.Unmarshal(data, v)
}

func sdkWrite(t *testing.T, path, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

func sdkCopyTree(t *testing.T, from, to string) {
	t.Helper()
	err := filepath.WalkDir(from, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(from, p)
		if d.IsDir() {
			return os.MkdirAll(filepath.Join(to, rel), 0o755)
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(to, rel), data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
}
