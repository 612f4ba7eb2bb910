import CSystemd
import NIOCore
import NIOPosix
import ServiceLifecycle
import ArgumentParser
import ZCProtocol
import ZCEngine
print(sd_booted())
