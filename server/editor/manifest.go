package editor

import (
	"bufio"
	"fmt"
	"strings"
)

// vendoredFile is one line of assets/manifest.txt.
type vendoredFile struct {
	Package string // npm name@version
	File    string // path inside the package
	SRI     string // integrity hash gqlgen's playground pins for it
	Path    string // where it is embedded and served, below assets/ and AssetPrefix
}

// readManifest reads assets/manifest.txt. Its order is the order the page
// loads the files in: React before ReactDOM before GraphiQL.
func readManifest() ([]vendoredFile, error) {
	b, err := vendored.ReadFile("assets/manifest.txt")
	if err != nil {
		return nil, fmt.Errorf("editor: manifest: %w", err)
	}
	var out []vendoredFile
	sc := bufio.NewScanner(strings.NewReader(string(b)))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Fields(line)
		at := strings.LastIndex(f[0], "@")
		if len(f) != 3 || at <= 0 || !strings.HasPrefix(f[2], "sha256-") {
			return nil, fmt.Errorf("editor: manifest line %d: want \"package@version file sha256-…\", got %q", n, line)
		}
		name, version := strings.TrimPrefix(f[0][:at], "@"), f[0][at+1:]
		dir := strings.ReplaceAll(name, "/", "-") + "-" + version
		out = append(out, vendoredFile{Package: f[0], File: f[1], SRI: f[2], Path: dir + "/" + f[1][strings.LastIndex(f[1], "/")+1:]})
	}
	return out, sc.Err()
}
