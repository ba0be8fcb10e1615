//go:build !unix

package bench

import (
	"os"
	"time"
)

func maxRSS(*os.ProcessState) int64 { return 0 }

// SelfUsage is unknown here: zero.
func SelfUsage() (cpu time.Duration, peakRSS int64) { return 0, 0 }
