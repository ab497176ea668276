# The switch between releases of the site, run with sh where the site is
# served: on this machine, or on the server through ssh (npm run deploy does
# both). Needs only POSIX sh and GNU coreutils (`mv -T`).
#
#   sh releases.sh <site-folder> prepare                       prints the current release
#   sh releases.sh <site-folder> activate <incoming> <release> <keep>
#   sh releases.sh <site-folder> rollback                      prints the release now current
#
# Layout: <site-folder>/releases/<release>/ holds one finished site each, named
# by UTC time so that names sort in order; <site-folder>/current is a symbolic
# link to one of them, the web server's root. The link is replaced by renaming
# a new link over it (rename is atomic), so a reader gets the old site or the
# new one, never a mix; a copy still arriving is named .incoming-… and is never
# the target of the link.
set -eu
site=$1
action=$2
mkdir -p "$site/releases"
cd "$site"

current_release() {
  if [ -L current ]; then
    target=$(readlink current)
    echo "${target#releases/}"
  elif [ -e current ]; then
    echo "deploy: $site/current 不是符号链接,请先把它移走 (it is not a symbolic link; move it away first)" >&2
    exit 1
  fi
}

# Finished releases, oldest first (incoming copies start with a dot and are left out).
list_releases() {
  for path in releases/*/; do
    [ -d "$path" ] || continue
    name=${path#releases/}
    echo "${name%/}"
  done | LC_ALL=C sort
}

switch_to() {
  ln -s "releases/$1" ".current-$$"
  mv -T ".current-$$" current
}

case "$action" in
  prepare)
    # A copy left by a transfer that broke off is never published: remove it.
    rm -rf releases/.incoming-*
    current_release
    ;;
  activate)
    incoming=$3
    release=$4
    keep=$5
    previous=$(current_release)
    if [ -e "releases/$release" ]; then
      echo "deploy: releases/$release 已存在 (exists already)" >&2
      exit 1
    fi
    mv -T "releases/$incoming" "releases/$release"
    switch_to "$release"
    # The newest $keep releases stay, and always the one just replaced (for --rollback).
    count=$(list_releases | wc -l)
    list_releases | head -n "$((count > keep ? count - keep : 0))" | while read -r old; do
      if [ "$old" != "$release" ] && [ "$old" != "$previous" ]; then rm -rf "releases/$old"; fi
    done
    echo "$release"
    ;;
  rollback)
    now=$(current_release)
    if [ -z "$now" ]; then
      echo "deploy: 还没有发布过网站,无法回退 (nothing is published yet)" >&2
      exit 1
    fi
    before=$(list_releases | awk -v now="$now" '$0 == now { found = 1; exit } { last = $0 } END { if (found && last != "") print last }')
    if [ -z "$before" ]; then
      echo "deploy: $now 之前没有可以回退的版本 (no release before it)" >&2
      exit 1
    fi
    switch_to "$before"
    echo "$before"
    ;;
  *)
    echo "deploy: unknown action $action" >&2
    exit 2
    ;;
esac
