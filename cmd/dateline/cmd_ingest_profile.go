package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/pprof"
	"strconv"
	"time"

	"github.com/dateline-news/dateline/internal/ingest"
)

// ingestProfile is the developer instrumentation of "dateline ingest"
// (hidden flags): a CPU profile, and a memory trace of the run, one TSV
// line per committed batch, with heap profiles at intervals. It exists to
// check that ingest memory stays flat in corpus size.
type ingestProfile struct {
	cpu      *os.File
	trace    *os.File
	tw       *bufio.Writer
	heapBase string
	every    int
	next     int
	start    time.Time
}

// startIngestProfile starts what opts ask for; it returns nil when nothing
// is asked.
func startIngestProfile(opts ingestOptions) (*ingestProfile, error) {
	if opts.CPUProfile == "" && opts.MemTrace == "" && opts.HeapProfile == "" {
		return nil, nil
	}
	p := &ingestProfile{heapBase: opts.HeapProfile, every: opts.HeapEvery, start: time.Now()}
	if p.every <= 0 {
		p.every = 100000
	}
	p.next = p.every
	if opts.CPUProfile != "" {
		f, err := os.Create(opts.CPUProfile)
		if err != nil {
			return nil, fmt.Errorf("ingest: --cpuprofile: %w", err)
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			f.Close()
			return nil, fmt.Errorf("ingest: --cpuprofile: %w", err)
		}
		p.cpu = f
	}
	if opts.MemTrace != "" {
		f, err := os.Create(opts.MemTrace)
		if err != nil {
			p.stop()
			return nil, fmt.Errorf("ingest: --memtrace: %w", err)
		}
		p.trace, p.tw = f, bufio.NewWriter(f)
		fmt.Fprintln(p.tw, "seconds\tstored\trss_mib\theap_inuse_mib\tgo_sys_mib\tgc_cycles")
	}
	return p, nil
}

// batch records the state after a committed batch.
func (p *ingestProfile) batch(pr ingest.Progress) {
	if p == nil {
		return
	}
	if p.tw != nil {
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		fmt.Fprintf(p.tw, "%.1f\t%d\t%.1f\t%.1f\t%.1f\t%d\n", time.Since(p.start).Seconds(), pr.Stored,
			float64(rssBytes())/(1<<20), float64(ms.HeapInuse)/(1<<20), float64(ms.Sys)/(1<<20), ms.NumGC)
	}
	if p.heapBase != "" && pr.Stored >= p.next {
		p.writeHeap(strconv.Itoa(pr.Stored))
		for p.next <= pr.Stored {
			p.next += p.every
		}
	}
}

func (p *ingestProfile) writeHeap(suffix string) {
	f, err := os.Create(p.heapBase + "." + suffix + ".pprof")
	if err != nil {
		return
	}
	defer f.Close()
	_ = pprof.Lookup("heap").WriteTo(f, 0)
}

// stop ends the CPU profile and flushes the trace.
func (p *ingestProfile) stop() {
	if p == nil {
		return
	}
	if p.cpu != nil {
		pprof.StopCPUProfile()
		p.cpu.Close()
	}
	if p.heapBase != "" {
		p.writeHeap("end")
	}
	if p.tw != nil {
		p.tw.Flush()
		p.trace.Close()
	}
}

// rssBytes reads the resident set size of this process (Linux; 0
// elsewhere).
func rssBytes() int64 {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return 0
	}
	defer f.Close()
	b, err := io.ReadAll(f)
	if err != nil {
		return 0
	}
	for _, l := range bytes.Split(b, []byte("\n")) {
		if v, ok := bytes.CutPrefix(l, []byte("VmRSS:")); ok {
			n, _ := strconv.ParseInt(string(bytes.TrimSuffix(bytes.TrimSpace(v), []byte(" kB"))), 10, 64)
			return n << 10
		}
	}
	return 0
}
