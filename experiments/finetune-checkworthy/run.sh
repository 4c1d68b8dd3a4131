#!/bin/bash
# usage: ./run.sh <MainClass> args...   (nice'd, 2 threads, offline DJL, JVM < 6 GB)
cd "$(dirname "$0")"
export PYTORCH_VERSION=2.7.1 PYTORCH_FLAVOR=cpu OMP_NUM_THREADS=2 MKL_NUM_THREADS=2 DJL_CACHE_DIR="$PWD/.djl"
CP=target/classes:$(ls lib/*.jar | tr '\n' ':')
exec nice -n 10 java -Xmx3g -XX:MaxDirectMemorySize=1g -Dai.djl.offline=true -Dai.djl.pytorch.num_threads=2 -Dai.djl.pytorch.num_interop_threads=1 \
  -Dorg.slf4j.simpleLogger.defaultLogLevel=info -cp "$CP" "ft.$@"
