package server

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"time"
)

// DefaultAddr is where the server listens unless told otherwise: loopback
// only.
const DefaultAddr = "127.0.0.1:8080"

// ServeConfig configures [Serve] and [Listen].
type ServeConfig struct {
	// Addr is host:port; "" means DefaultAddr.
	Addr string
	// Token is the bearer token for writes; required when Addr is not a
	// loopback address.
	Token string
	// Logger logs the server's life; nil discards.
	Logger *slog.Logger
	// ReadTimeout, WriteTimeout and IdleTimeout bound a connection; 0
	// means 30 s, 90 s and 120 s. ShutdownTimeout bounds a graceful
	// shutdown; 0 means 10 s.
	ReadTimeout, WriteTimeout, IdleTimeout, ShutdownTimeout time.Duration
}

// IsLoopback reports whether a listen address (host:port) only accepts
// connections from this machine: an IP loopback address or "localhost".
// An empty host listens on every interface and is not loopback; so is any
// other host name.
func IsLoopback(addr string) (bool, error) {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return false, fmt.Errorf("listen address %q: %w", addr, err)
	}
	if strings.EqualFold(host, "localhost") {
		return true, nil
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback(), nil
}

// CheckListen refuses to listen beyond loopback without a token.
func CheckListen(addr, token string) error {
	loop, err := IsLoopback(addr)
	if err != nil {
		return err
	}
	if !loop && token == "" {
		return fmt.Errorf("refusing to listen on %s without a token: beyond loopback, adding articles must require one (set a token, or listen on 127.0.0.1)", addr)
	}
	return nil
}

// Listen checks cfg.Addr with [CheckListen] and opens the listener.
func Listen(ctx context.Context, cfg ServeConfig) (net.Listener, error) {
	addr := cfg.Addr
	if addr == "" {
		addr = DefaultAddr
	}
	if err := CheckListen(addr, cfg.Token); err != nil {
		return nil, err
	}
	var lc net.ListenConfig
	ln, err := lc.Listen(ctx, "tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("listen on %s: %w", addr, err)
	}
	return ln, nil
}

// Serve serves h on ln until ctx ends, then shuts down gracefully: it
// stops accepting, lets requests in flight finish (up to
// ShutdownTimeout) and returns nil. It closes ln.
func Serve(ctx context.Context, ln net.Listener, h http.Handler, cfg ServeConfig) error {
	log := cfg.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	def := func(d, v time.Duration) time.Duration {
		if d <= 0 {
			return v
		}
		return d
	}
	srv := &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       def(cfg.ReadTimeout, 30*time.Second),
		WriteTimeout:      def(cfg.WriteTimeout, 90*time.Second),
		IdleTimeout:       def(cfg.IdleTimeout, 120*time.Second),
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          slog.NewLogLogger(log.Handler(), slog.LevelWarn),
		BaseContext:       func(net.Listener) context.Context { return context.WithoutCancel(ctx) },
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	log.Info("listening", slog.String("addr", ln.Addr().String()))
	select {
	case err := <-errc:
		return fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
	}
	log.Info("shutting down")
	sctx, cancel := context.WithTimeout(context.Background(), def(cfg.ShutdownTimeout, 10*time.Second))
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		srv.Close()
		return fmt.Errorf("shutdown: %w", err)
	}
	if err := <-errc; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("serve: %w", err)
	}
	log.Info("stopped")
	return nil
}
